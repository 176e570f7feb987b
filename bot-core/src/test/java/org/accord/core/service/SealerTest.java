package org.accord.core.service;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealerTest {

	static final byte[] A = "key-A-0123456789abcdef0123456789".getBytes(StandardCharsets.US_ASCII);

	static final byte[] B = "key-B-0123456789abcdef0123456789".getBytes(StandardCharsets.US_ASCII);

	@Test
	void aSealedValue_carriesTheIdOfItsKey_whichNamesTheKeyWithoutShowingIt() {
		String sealed = new Sealer(A).seal("xoxb-token", "bot||T0AAA");
		assertThat(sealed).matches("[0-9a-f]{8}:[A-Za-z0-9+/=]+");
		String id = sealed.substring(0, 8);
		assertThat(new Sealer(B).seal("xoxb-token", "bot||T0AAA")).doesNotStartWith(id);
		assertThat(new String(A, StandardCharsets.US_ASCII)).doesNotContain(id);
		assertThat(new Sealer(A).seal("other", "x")).startsWith(id + ":");
	}

	@Test
	void givenAValueSealedBeforeKeyIds_thenItOpensUnderTheCurrentKey_andUnderThePreviousWhileRotating() {
		String sealed = new Sealer(A).seal("xoxb-token", "bot||T0AAA");
		String legacy = sealed.substring(sealed.indexOf(':') + 1);
		assertThat(new Sealer(A).open(legacy, "bot||T0AAA")).isEqualTo("xoxb-token");
		assertThat(new Sealer(B, A).open(legacy, "bot||T0AAA")).isEqualTo("xoxb-token");
		assertThat(new Sealer(A).isCurrent(legacy)).isFalse();
		assertThatThrownBy(() -> new Sealer(B).open(legacy, "bot||T0AAA")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rotatingFromAToB_opensBoth_sealsUnderB_andAfterResealingBAloneIsEnough() {
		String underA = new Sealer(A).seal("xoxb-token", "bot||T0AAA");
		Sealer rotating = new Sealer(B, A);
		assertThat(rotating.open(underA, "bot||T0AAA")).isEqualTo("xoxb-token");
		assertThat(rotating.isCurrent(underA)).isFalse();
		assertThatThrownBy(() -> new Sealer(B).open(underA, "bot||T0AAA")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("neither ACCORD_ENCRYPTION_KEY nor ACCORD_ENCRYPTION_KEY_PREVIOUS");

		String underB = rotating.seal(rotating.open(underA, "bot||T0AAA"), "bot||T0AAA");
		assertThat(rotating.isCurrent(underB)).isTrue();
		assertThat(new Sealer(B).open(underB, "bot||T0AAA")).isEqualTo("xoxb-token");
		assertThatThrownBy(() -> new Sealer(A).open(underB, "bot||T0AAA")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aValueOpensOnlyUnderItsOwnContext_andNeverAltered() {
		Sealer sealer = new Sealer(A, B);
		String sealed = sealer.seal("xoxb-token", "bot||T0AAA");
		assertThatThrownBy(() -> sealer.open(sealed, "bot||T0BBB")).isInstanceOf(IllegalArgumentException.class);
		char last = sealed.charAt(sealed.length() - 3);
		String altered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
		assertThatThrownBy(() -> sealer.open(altered, "bot||T0AAA")).isInstanceOf(IllegalArgumentException.class);
		assertThat(sealer.toString()).doesNotContain("key-A", "key-B");
	}

}

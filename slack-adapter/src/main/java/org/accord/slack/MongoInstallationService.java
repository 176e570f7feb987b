package org.accord.slack;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import com.google.gson.Gson;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.util.json.GsonFactory;
import org.accord.core.port.out.InstallationPort;
import org.accord.core.port.out.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's installations in Accord's store: each Installer and Bot as Bolt's own JSON, sealed (AES-GCM, the
 * document id as associated data) before it reaches the port, so no token is stored in the clear. Ids are
 * deterministic ("bot|enterprise|team", "installer|enterprise|team|user"): every lookup is one read by _id.
 */
public final class MongoInstallationService implements InstallationService {

	private static final Logger log = LoggerFactory.getLogger(MongoInstallationService.class);

	private static final String INSTALLER = "installer|";

	/** The installer of a workspace when no user is asked for: the latest one. */
	private static final String LATEST = "";

	private final InstallationPort port;

	private final SecretBox sealer;

	private final Gson gson = GsonFactory.createSnakeCase();

	private boolean historicalDataEnabled;

	public MongoInstallationService(InstallationPort port, SecretBox sealer) {
		this.port = port;
		this.sealer = sealer;
	}

	@Override
	public boolean isHistoricalDataEnabled() {
		return historicalDataEnabled;
	}

	@Override
	public void setHistoricalDataEnabled(boolean historicalDataEnabled) {
		// Only the latest installation is kept: an older token is of no use once Slack has issued a new one.
		this.historicalDataEnabled = historicalDataEnabled;
	}

	@Override
	public void saveInstallerAndBot(Installer installer) {
		String enterpriseId = installer.getEnterpriseId();
		String teamId = workspaceTeam(installer.getTeamId(), installer.getIsEnterpriseInstall());
		if (installer.getInstallerUserId() != null) {
			save(installerId(enterpriseId, teamId, installer.getInstallerUserId()), enterpriseId, teamId, installer);
		}
		save(installerId(enterpriseId, teamId, LATEST), enterpriseId, teamId, installer);
		if (installer.getBotAccessToken() != null) {
			saveBot(installer.toBot());
		}
		log.info("Slack installation saved for enterprise {} team {}", enterpriseId, teamId);
	}

	@Override
	public void saveBot(Bot bot) {
		String teamId = workspaceTeam(bot.getTeamId(), bot.getIsEnterpriseInstall());
		save(botId(bot.getEnterpriseId(), teamId), bot.getEnterpriseId(), teamId, bot);
	}

	/**
	 * The bot's token was revoked (tokens_revoked, through Bolt's handler, which finds the bot first): its record
	 * goes, and so does every installer record of the workspace that holds a bot token, since a workspace has one
	 * bot per app and each installer record keeps a copy of its token.
	 */
	@Override
	public void deleteBot(Bot bot) {
		String enterpriseId = bot.getEnterpriseId();
		String teamId = workspaceTeam(bot.getTeamId(), bot.getIsEnterpriseInstall());
		port.delete(botId(enterpriseId, teamId));
		int deleted = 1 + deleteInstallersWhere(enterpriseId, teamId, installer -> installer.getBotAccessToken() != null);
		log.info("Slack bot token revoked for enterprise {} team {}: {} records removed", enterpriseId, teamId, deleted);
	}

	/**
	 * A user's token was revoked (tokens_revoked names the user; Bolt finds their installer record first): every
	 * installer record of the workspace filed under that user or holding their user token goes, the latest
	 * installer's included when it is theirs.
	 */
	@Override
	public void deleteInstaller(Installer installer) {
		String enterpriseId = installer.getEnterpriseId();
		String teamId = workspaceTeam(installer.getTeamId(), installer.getIsEnterpriseInstall());
		String user = installer.getInstallerUserId();
		String userToken = installer.getInstallerUserAccessToken();
		int deleted = deleteInstallersWhere(enterpriseId, teamId, stored -> Objects.equals(stored.getInstallerUserId(), user)
				|| userToken != null && userToken.equals(stored.getInstallerUserAccessToken()));
		log.info("Slack user token revoked for enterprise {} team {}: {} records removed", enterpriseId, teamId, deleted);
	}

	/** Records are sealed, so the workspace's installers are opened one by one; they are few. */
	private int deleteInstallersWhere(String enterpriseId, String teamId, Predicate<Installer> holdsRevoked) {
		int deleted = 0;
		for (InstallationPort.Sealed record : port.findWorkspace(enterpriseId, teamId)) {
			if (!record.id().startsWith(INSTALLER)) {
				continue;
			}
			Installer stored = gson.fromJson(sealer.open(record.sealed(), record.id()), DefaultInstaller.class);
			if (holdsRevoked.test(stored)) {
				port.delete(record.id());
				deleted++;
			}
		}
		return deleted;
	}

	@Override
	public void deleteAll(String enterpriseId, String teamId) {
		long deleted = port.deleteWorkspace(enterpriseId, teamId);
		log.info("Slack installation removed for enterprise {} team {} ({} records)", enterpriseId, teamId, deleted);
	}

	/** The workspace's bot; for a team of an organisation-wide install, the organisation's bot. */
	@Override
	public Bot findBot(String enterpriseId, String teamId) {
		Optional<Bot> bot = load(botId(enterpriseId, teamId), DefaultBot.class);
		if (bot.isEmpty() && enterpriseId != null && teamId != null) {
			bot = load(botId(enterpriseId, null), DefaultBot.class);
		}
		return bot.orElse(null);
	}

	@Override
	public Installer findInstaller(String enterpriseId, String teamId, String userId) {
		Optional<Installer> installer = load(installerId(enterpriseId, teamId, userId == null ? LATEST : userId),
				DefaultInstaller.class);
		if (installer.isEmpty() && enterpriseId != null && teamId != null) {
			installer = load(installerId(enterpriseId, null, userId == null ? LATEST : userId), DefaultInstaller.class);
		}
		return installer.orElse(null);
	}

	/** The bot token of a workspace (a Slack team id), or null when Accord is not installed there. */
	public String botToken(String teamId) {
		Bot bot = findBot(null, teamId);
		return bot == null ? null : bot.getBotAccessToken();
	}

	private void save(String id, String enterpriseId, String teamId, Object value) {
		port.save(id, enterpriseId, teamId, sealer.seal(gson.toJson(value), id));
	}

	private <T> Optional<T> load(String id, Class<? extends T> type) {
		return port.find(id).map(sealed -> gson.fromJson(sealer.open(sealed, id), type));
	}

	/** An organisation-wide install is one installation for every team of the enterprise. */
	private static String workspaceTeam(String teamId, Boolean enterpriseInstall) {
		return Boolean.TRUE.equals(enterpriseInstall) ? null : teamId;
	}

	static String botId(String enterpriseId, String teamId) {
		return "bot|" + part(enterpriseId) + "|" + part(teamId);
	}

	static String installerId(String enterpriseId, String teamId, String userId) {
		return INSTALLER + part(enterpriseId) + "|" + part(teamId) + "|" + part(userId);
	}

	private static String part(String value) {
		return value == null ? "" : value;
	}

}

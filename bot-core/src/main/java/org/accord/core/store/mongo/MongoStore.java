package org.accord.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import org.accord.core.port.out.ActionPort;
import org.accord.core.port.out.AddressBookPort;
import org.accord.core.port.out.InstallationPort;
import org.accord.core.port.out.InvitationPort;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.ChecklistPort;
import org.accord.core.port.out.NudgePort;
import org.accord.core.port.out.MemberPort;
import org.accord.core.port.out.ParticipationPort;
import org.accord.core.port.out.PartnershipPort;
import org.accord.core.port.out.ReceiptPort;
import org.accord.core.port.out.RegionPort;
import org.accord.core.port.out.ResponsePort;
import org.accord.core.port.out.UnsealedPort;
import org.bson.Document;

/**
 * The one door to MongoDB. It works the same against real MongoDB and the embedded server: nothing here
 * relies on transactions, change streams or secondary indexes for correctness.
 */
public final class MongoStore {

	private final MongoDatabase db;

	private final WriteBarrier barrier;

	private MongoStore(MongoDatabase db, WriteBarrier barrier) {
		this.db = db;
		this.barrier = barrier;
	}

	/** Opens the store and makes sure its collections and indexes exist. */
	public static MongoStore open(MongoDatabase db, WriteBarrier barrier) {
		Schema.ensure(db);
		return new MongoStore(db, barrier);
	}

	/** True when the server answers a ping. */
	public boolean answers() {
		try {
			return db.runCommand(new Document("ping", 1)).get("ok", Number.class).intValue() == 1;
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	public PartnershipPort partnerships() {
		return new PartnershipMongoAdapter(this);
	}

	public MemberPort members() {
		return new PartnershipMongoAdapter(this);
	}

	public AssessmentPort assessments() {
		return new AssessmentMongoAdapter(this);
	}

	public ResponsePort responses() {
		return new ResponseMongoAdapter(this);
	}

	public ParticipationPort participation() {
		return new ParticipationMongoAdapter(this);
	}

	public ActionPort actions() {
		return new ActionMongoAdapter(this);
	}

	public NudgePort nudges() {
		return new NudgeMongoAdapter(this);
	}

	public ChecklistPort checklists() {
		return new ChecklistMongoAdapter(this);
	}

	public InvitationPort invitations() {
		return new InvitationMongoAdapter(this);
	}

	public org.accord.core.port.out.MeetingLinkPort meetingLinks() {
		return new MeetingLinkMongoAdapter(this);
	}

	public AddressBookPort addresses() {
		return new AddressBookMongoAdapter(this);
	}

	public org.accord.core.port.out.MessageSlotPort messageSlots() {
		return new MessageSlotMongoAdapter(this);
	}

	public RegionPort regions() {
		return new RegionMongoAdapter(this);
	}

	public InstallationPort installations() {
		return new InstallationMongoAdapter(this);
	}

	/** Responses and places an earlier Accord stored unsealed, to be sealed at start. */
	public UnsealedPort unsealed() {
		return new UnsealedMongoAdapter(this);
	}

	public ReceiptPort receipts() {
		return new ReceiptMongoAdapter(this);
	}

	MongoDatabase db() {
		return db;
	}

	WriteBarrier barrier() {
		return barrier;
	}

}

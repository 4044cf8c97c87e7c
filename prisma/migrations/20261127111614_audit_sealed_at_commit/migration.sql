-- CreateTable
CREATE TABLE "AuditPending" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "schoolId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "digest" TEXT NOT NULL,

    CONSTRAINT "AuditPending_pkey" PRIMARY KEY ("id")
);

-- At commit, the transaction's pending audit events join the one chain, in the order they were
-- written. The chain lock is taken here, inside the commit, so it is held for a few INSERTs and
-- the commit itself, never across a round trip to a busy client.
CREATE FUNCTION "audit_seal_pending"() RETURNS trigger AS $$
DECLARE
  prev text;
  next_hash text;
  pending record;
BEGIN
  -- The first pending row of a transaction seals all of them; the later calls find theirs gone.
  IF NOT EXISTS (SELECT 1 FROM "AuditPending" WHERE id = NEW.id) THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(74200001);
  -- A statement after the lock sees every event committed by the lock's previous holder.
  SELECT hash INTO prev FROM "AuditEvent" ORDER BY seq DESC LIMIT 1;
  prev := coalesce(prev, repeat('0', 64));
  -- Only this transaction's rows are visible: others' are uncommitted, or already sealed.
  FOR pending IN SELECT * FROM "AuditPending" ORDER BY id LOOP
    next_hash := encode(sha256(convert_to(prev || pending.digest, 'UTF8')), 'hex');
    INSERT INTO "AuditEvent" (at, "schoolId", "actorId", action, "subjectType", "subjectId", data, "prevHash", hash)
      VALUES (pending.at, pending."schoolId", pending."actorId", pending.action, pending."subjectType",
              pending."subjectId", pending.data, prev, next_hash);
    prev := next_hash;
  END LOOP;
  DELETE FROM "AuditPending";
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER "AuditPending_seal_at_commit" AFTER INSERT ON "AuditPending"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "audit_seal_pending"();

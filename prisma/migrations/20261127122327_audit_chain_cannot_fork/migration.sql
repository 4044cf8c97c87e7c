-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_prevHash_key" ON "AuditEvent"("prevHash");


-- The trigger's read of the last event relies on READ COMMITTED's fresh snapshot per statement;
-- under REPEATABLE READ or SERIALIZABLE it would read a stale predecessor and fork the chain.
-- Such a transaction is refused outright (and the unique index above is the backstop).
CREATE OR REPLACE FUNCTION "audit_seal_pending"() RETURNS trigger AS $$
DECLARE
  prev text;
  next_hash text;
  pending record;
BEGIN
  -- The first pending row of a transaction seals all of them; the later calls find theirs gone.
  IF NOT EXISTS (SELECT 1 FROM "AuditPending" WHERE id = NEW.id) THEN
    RETURN NULL;
  END IF;
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'audit events must be written in READ COMMITTED transactions, not %',
      current_setting('transaction_isolation');
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

-- CreateEnum
CREATE TYPE "EscalationRoute" AS ENUM ('DSL', 'HEADTEACHER', 'CHAIR');

-- CreateTable
CREATE TABLE "SandboxReply" (
    "id" TEXT NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "accountId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplyPoll" (
    "accountId" TEXT NOT NULL,
    "cursor" TEXT,
    "nextPollAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastPolledAt" TIMESTAMP(3),
    "lastFound" INTEGER NOT NULL DEFAULT 0,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "ReplyPoll_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "Reply" (
    "id" TEXT NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "schoolId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "platformReplyId" TEXT NOT NULL,
    "platformPostId" TEXT NOT NULL,
    "authorHandle" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "repliedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "classifiedAt" TIMESTAMP(3),
    "labels" TEXT[],
    "findings" JSONB NOT NULL DEFAULT '[]',
    "moderation" TEXT NOT NULL DEFAULT 'none',
    "hidden" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Reply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplyDecision" (
    "id" TEXT NOT NULL,
    "replyId" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "labelsBefore" TEXT[],
    "labelsAfter" TEXT[],
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplyDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AbuseLogEntry" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "replyId" TEXT NOT NULL,
    "platformReplyId" TEXT NOT NULL,
    "platformPostId" TEXT NOT NULL,
    "authorHandle" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "labels" TEXT[],
    "repliedAt" TIMESTAMP(3) NOT NULL,
    "action" TEXT NOT NULL,
    "actionById" TEXT,
    "reportFormId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AbuseLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "replyId" TEXT NOT NULL,
    "route" "EscalationRoute" NOT NULL,
    "recipientRoles" "Role"[],
    "recipientEmail" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "remindedAt" TIMESTAMP(3),
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "outcome" TEXT,
    "outcomeAt" TIMESTAMP(3),
    "outcomeById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offender" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorHandle" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "labels" TEXT[],
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notifiedAt" TIMESTAMP(3),

    CONSTRAINT "Offender_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "toEmail" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplySettings" (
    "schoolId" TEXT NOT NULL,
    "hideLabels" TEXT[],
    "acknowledgeWithinMinutes" INTEGER NOT NULL DEFAULT 60,
    "offenderThreshold" INTEGER NOT NULL DEFAULT 3,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReplySettings_pkey" PRIMARY KEY ("schoolId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SandboxReply_seq_key" ON "SandboxReply"("seq");

-- CreateIndex
CREATE INDEX "SandboxReply_accountId_seq_idx" ON "SandboxReply"("accountId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Reply_seq_key" ON "Reply"("seq");

-- CreateIndex
CREATE INDEX "Reply_accountId_classifiedAt_idx" ON "Reply"("accountId", "classifiedAt");

-- CreateIndex
CREATE INDEX "Reply_schoolId_receivedAt_idx" ON "Reply"("schoolId", "receivedAt");

-- CreateIndex
CREATE INDEX "Reply_moderation_idx" ON "Reply"("moderation");

-- CreateIndex
CREATE UNIQUE INDEX "Reply_accountId_platformReplyId_key" ON "Reply"("accountId", "platformReplyId");

-- CreateIndex
CREATE INDEX "ReplyDecision_replyId_idx" ON "ReplyDecision"("replyId");

-- CreateIndex
CREATE UNIQUE INDEX "AbuseLogEntry_replyId_key" ON "AbuseLogEntry"("replyId");

-- CreateIndex
CREATE INDEX "AbuseLogEntry_schoolId_createdAt_idx" ON "AbuseLogEntry"("schoolId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Escalation_replyId_key" ON "Escalation"("replyId");

-- CreateIndex
CREATE INDEX "Escalation_schoolId_createdAt_idx" ON "Escalation"("schoolId", "createdAt");

-- CreateIndex
CREATE INDEX "Escalation_acknowledgedAt_dueAt_idx" ON "Escalation"("acknowledgedAt", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Offender_accountId_authorId_key" ON "Offender"("accountId", "authorId");

-- CreateIndex
CREATE INDEX "Notice_sentAt_idx" ON "Notice"("sentAt");

-- AddForeignKey
ALTER TABLE "ReplyDecision" ADD CONSTRAINT "ReplyDecision_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "Reply"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "EmailLinkPurpose" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "PolicyFormKind" AS ENUM ('SITE_CREATION', 'ACCESS_REQUEST', 'CONTENT_REPORT');

-- AlterTable
ALTER TABLE "Approval" ADD COLUMN     "role" "Role" NOT NULL DEFAULT 'MARKETING_OFFICER';

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "secondApproverRole" "Role";

-- CreateTable
CREATE TABLE "FindingOverride" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "ruleIds" TEXT[],
    "reason" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FindingOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginFailure" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailLink" (
    "id" TEXT NOT NULL,
    "purpose" "EmailLinkPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "userId" TEXT,
    "schoolId" TEXT,
    "role" "Role",
    "createdById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyForm" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "kind" "PolicyFormKind" NOT NULL,
    "state" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "fields" JSONB NOT NULL,
    "accountId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyFormStep" (
    "id" TEXT NOT NULL,
    "formId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "reason" TEXT,
    "data" JSONB NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyFormStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FindingOverride_draftId_idx" ON "FindingOverride"("draftId");

-- CreateIndex
CREATE INDEX "LoginFailure_email_at_idx" ON "LoginFailure"("email", "at");

-- CreateIndex
CREATE INDEX "LoginFailure_ip_at_idx" ON "LoginFailure"("ip", "at");

-- CreateIndex
CREATE UNIQUE INDEX "EmailLink_tokenHash_key" ON "EmailLink"("tokenHash");

-- CreateIndex
CREATE INDEX "EmailLink_email_idx" ON "EmailLink"("email");

-- CreateIndex
CREATE INDEX "PolicyForm_schoolId_kind_idx" ON "PolicyForm"("schoolId", "kind");

-- CreateIndex
CREATE INDEX "PolicyFormStep_formId_idx" ON "PolicyFormStep"("formId");

-- AddForeignKey
ALTER TABLE "FindingOverride" ADD CONSTRAINT "FindingOverride_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyFormStep" ADD CONSTRAINT "PolicyFormStep_formId_fkey" FOREIGN KEY ("formId") REFERENCES "PolicyForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

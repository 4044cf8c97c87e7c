-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('PHOTO_SOCIAL', 'VIDEO_SOCIAL', 'FIRST_NAME', 'NAME_WITH_PHOTO');

-- AlterTable
ALTER TABLE "Pupil" ADD COLUMN     "leftAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "StaffMember" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "StaffMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "pupilId" TEXT,
    "staffId" TEXT,
    "purpose" "ConsentPurpose" NOT NULL,
    "platforms" "Platform"[],
    "grantedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "source" TEXT NOT NULL,
    "recordedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lapseHandledAt" TIMESTAMP(3),

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffMember_schoolId_email_key" ON "StaffMember"("schoolId", "email");

-- CreateIndex
CREATE INDEX "ConsentRecord_schoolId_idx" ON "ConsentRecord"("schoolId");

-- CreateIndex
CREATE INDEX "ConsentRecord_expiresAt_idx" ON "ConsentRecord"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentRecord_pupilId_purpose_key" ON "ConsentRecord"("pupilId", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentRecord_staffId_purpose_key" ON "ConsentRecord"("staffId", "purpose");

-- AddForeignKey
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

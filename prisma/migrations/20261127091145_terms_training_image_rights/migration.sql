-- CreateEnum
CREATE TYPE "ImageSource" AS ENUM ('TAKEN_BY_STAFF', 'PUPIL_WORK', 'LICENSED', 'OTHER');

-- AlterTable
ALTER TABLE "AccountAuthorisation" ADD COLUMN     "trainedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "trainingRemindedDays" INTEGER;

-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "source" "ImageSource",
ADD COLUMN     "sourceNote" TEXT;

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "trainingRefreshDays" INTEGER NOT NULL DEFAULT 365;

-- CreateTable
CREATE TABLE "TermsOfUse" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "rules" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TermsOfUse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TermsOfUse_schoolId_version_key" ON "TermsOfUse"("schoolId", "version");

-- CreateEnum
CREATE TYPE "FollowerStatus" AS ENUM ('PENDING', 'APPROVED', 'REMOVED', 'BLOCKED');

-- CreateTable
CREATE TABLE "Follower" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "accountCreatedAt" TIMESTAMP(3),
    "isRequest" BOOLEAN NOT NULL DEFAULT false,
    "nameMatches" JSONB NOT NULL DEFAULT '[]',
    "status" "FollowerStatus" NOT NULL DEFAULT 'PENDING',
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,

    CONSTRAINT "Follower_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowerPoll" (
    "accountId" TEXT NOT NULL,
    "nextPollAt" TIMESTAMP(3) NOT NULL,
    "lastPolledAt" TIMESTAMP(3),
    "lastFound" INTEGER NOT NULL DEFAULT 0,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "FollowerPoll_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "SandboxFollower" (
    "id" TEXT NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "accountId" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "accountCreatedAt" TIMESTAMP(3),
    "unfollowedAt" TIMESTAMP(3),
    "blockedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxFollower_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Follower_accountId_status_idx" ON "Follower"("accountId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Follower_accountId_platformUserId_key" ON "Follower"("accountId", "platformUserId");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxFollower_seq_key" ON "SandboxFollower"("seq");

-- CreateIndex
CREATE INDEX "SandboxFollower_accountId_seq_idx" ON "SandboxFollower"("accountId", "seq");

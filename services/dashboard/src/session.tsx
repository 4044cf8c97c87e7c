// Who is signed in and what their roles let them do; the same permission table as the API.
import { createContext, useContext } from 'react';
import type { z } from 'zod';
import type { meSchema } from '../../api/schemas.ts';
import { type Actor, can, type Permission } from '../../domain/actor.ts';

export type Me = z.output<typeof meSchema>;

export interface Session {
  me: Me;
  actor: Actor;
  /** True when the person holds the permission at any of their schools. */
  may(permission: Permission): boolean;
  schoolName(schoolId: string): string;
  signOut(): Promise<void>;
}

export function sessionOf(me: Me, signOut: () => Promise<void>): Session {
  const actor: Actor = { userId: me.id, memberships: me.memberships };
  const schools = new Map(me.memberships.map((m) => [m.schoolId, m.schoolName]));
  return {
    me,
    actor,
    may: (permission) => [...schools.keys()].some((schoolId) => can(actor, permission, schoolId)),
    schoolName: (schoolId) => schools.get(schoolId) ?? 'another school',
    signOut,
  };
}

const SessionContext = createContext<Session | undefined>(undefined);
export const SessionProvider = SessionContext.Provider;

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}

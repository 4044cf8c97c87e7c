import { type DraftState, stateLabel, stateTone } from '../lib/states.ts';

export const StateBadge = ({ state }: { state: DraftState }) => (
  <span className={`badge tone-${stateTone[state]}`}>{stateLabel[state]}</span>
);

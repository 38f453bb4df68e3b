import type { ActivityKind } from './bindings/ActivityKind';
import type { ActivityRole } from './bindings/ActivityRole';

/** The kinds people pick from, in this order: learning first, then the community kinds the
 * seed projects name, then the rest. (The wire order is `ActivityKind::ALL` in Rust.) */
export const ACTIVITY_MENU: ActivityKind[] = ['language_cafe', 'language_exchange', 'international_lunch',
  'information_session', 'workshop', 'conference', 'volunteering', 'community_project', 'cooking_class',
  'cultural_festival', 'crafts', 'celebration', 'escape_game', 'other'];

export const ACTIVITY_ROLES: ActivityRole[] = ['participant', 'volunteer', 'speaker', 'organiser'];

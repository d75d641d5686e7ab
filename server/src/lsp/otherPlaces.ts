import type { SeedFinding } from '../engine/findings';
import type { ComparedPlace } from '../protocol/protocol';

/**
 * The other places a duplicate finding names: the first occurrence in this seed, twins in other
 * seeds (the few the finding lists), or the whole other seed (a place without a range).
 */
export function otherPlaces(uri: string, finding: SeedFinding): ComparedPlace[] {
  switch (finding.rule) {
    case 'duplicate-passage':
      return finding.related.filter(({ location }) => location.uri === uri).map(({ location }) => ({ ...location, label: 'this seed' }));
    case 'corpus-duplicate':
      return (finding.details?.twins ?? []).map((twin) => ({ ...twin.location, label: twin.path }));
    case 'duplicate-seed': {
      const details = finding.details;
      // The seed to keep's note lists its copies as related places, not one twin.
      return details && 'other' in details ? [{ uri: details.other, label: details.otherPath }] : [];
    }
    default:
      return [];
  }
}

/** This finding's own place ("this seed"), to compare with another: its passage, or the whole seed for a duplicate seed. */
export function ownPlace(uri: string, finding: SeedFinding): ComparedPlace {
  const label = 'this seed';
  return finding.rule === 'duplicate-seed' ? { uri, label } : { uri, label, range: finding.range };
}

/** How a place is named to a curator: its path (or "this seed") and line. */
export function placeName(place: ComparedPlace): string {
  return place.range ? `${place.label}, line ${place.range.start.line + 1}` : place.label;
}

import { deserialize, serialize } from 'node:v8';
import type { SeedDigest } from '../engine/analyse';
import type { SeedFinding } from '../engine/findings';
import type { SeedFacts } from '../engine/metadata';
import { plainDataBytes, plainDataOf } from './plainData';
import type { DescribeOutcome, DigestOutcome, ReadOutcome, SeedTask } from './seedTasks';

type SeedOutcome = ReadOutcome | DigestOutcome | DescribeOutcome;

/**
 * How a seed task's outcome crosses from a worker thread. For a cache (`forCache`), a digest, or a
 * seed's findings and metadata, go as bytes, in the form the cache keeps them (see
 * CachedSeedWork): posting an object serialises it anyway, and so the bytes reach the cache as
 * they are, and the thread that indexes and publishes (the busiest one) does not serialise every
 * seed again. Otherwise the outcome goes as it is.
 */
export type WireOutcome =
  | Exclude<SeedOutcome, { digest: SeedDigest } | { described: unknown }>
  | (Omit<DigestOutcome & { ok: true }, 'digest'> & { digestBytes: Uint8Array })
  | (Omit<DescribeOutcome & { ok: true; described: unknown }, 'described'> & { findingsBytes: Uint8Array; metadataBytes: Uint8Array });

/** What the cache keeps of a digest. */
export function serializedDigest(digest: SeedDigest): Uint8Array {
  return serialize({ ok: true, digest });
}

export function digestOfSerialized(bytes: Uint8Array): SeedDigest {
  return (deserialize(bytes) as { digest: SeedDigest }).digest;
}

/** A worker's outcome as it posts it: serialised if the task's outcome goes to a cache, else as it is. */
export function toWire(outcome: SeedOutcome, task: SeedTask): WireOutcome {
  if (task.kind === 'read' || !task.forCache) return outcome as WireOutcome;
  if (outcome.ok && 'digest' in outcome) {
    const { digest, ...rest } = outcome;
    return { ...rest, digestBytes: serializedDigest(digest) };
  }
  if (outcome.ok && 'described' in outcome) {
    const { described, ...rest } = outcome;
    return { ...rest, findingsBytes: plainDataBytes(described.findings), metadataBytes: plainDataBytes(described.metadata) };
  }
  return outcome as WireOutcome;
}

/** An outcome as a worker posted it, whole again, with the bytes it came in kept for the cache. */
export function fromWire(posted: WireOutcome): SeedOutcome {
  if ('digestBytes' in posted) return { ...posted, digest: digestOfSerialized(posted.digestBytes) };
  if ('findingsBytes' in posted) {
    return { ...posted, described: { findings: plainDataOf<SeedFinding[]>(posted.findingsBytes), metadata: plainDataOf<SeedFacts>(posted.metadataBytes) } };
  }
  return posted;
}

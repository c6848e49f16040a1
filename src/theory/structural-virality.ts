import { requireInRange } from './check.ts';

/**
 * Reference values of structural virality, the mean distance between all pairs of nodes of a
 * cascade tree (Goel, Anderson, Hofman and Watts 2016, "The structural virality of online
 * diffusion", Management Science 62(1), 180–196). Both need n ≥ 2 nodes (one node has no pairs).
 */

/** A star (one broadcaster, n − 1 direct sharers): 2(n − 1)/n, below 2 however large. */
export function structuralViralityOfStar(n: number): number {
  requireInRange('n', n, 2);
  return (2 * (n - 1)) / n;
}

/** A chain (each person passes it to one next person): (n + 1)/3, growing with n. */
export function structuralViralityOfChain(n: number): number {
  requireInRange('n', n, 2);
  return (n + 1) / 3;
}

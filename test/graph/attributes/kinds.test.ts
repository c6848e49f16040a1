import { describe, expect, it } from 'vitest';
import { assignKinds } from '../../../src/graph/attributes/index.ts';
import { EdgeListBuilder } from '../../../src/graph/edge-list-builder.ts';
import { barabasiAlbert } from '../../../src/graph/generators/index.ts';
import { KIND } from '../../../src/graph/network.ts';
import { createRng } from '../../../src/random/rng.ts';
import { countEnds, degrees } from '../generators/helpers.ts';

const network = barabasiAlbert({ n: 3000, m: 2, directed: true, rng: createRng(1) });
const options = { opinionLeaders: 5, brands: 10, botShare: 0.3 };
const nodesOf = (kind: Uint8Array, k: number) =>
  Array.from(kind.keys()).filter((v) => kind[v] === k);

describe('assignKinds', () => {
  const { kind } = assignKinds(network, options, createRng(2));

  it('assigns exact counts: leaders, brands, and round(botShare × the rest) bots', () => {
    expect(nodesOf(kind, KIND['opinion-leader']).length).toBe(5);
    expect(nodesOf(kind, KIND.brand).length).toBe(10);
    expect(nodesOf(kind, KIND.bot).length).toBe(Math.round(0.3 * (3000 - 15)));
    expect(nodesOf(kind, KIND.person).length).toBe(3000 - 15 - 896);
  });

  it('makes the most-followed accounts (highest out-degree) the opinion leaders', () => {
    const followers = countEnds(network, 'src');
    const ranked = Array.from(followers.keys()).sort(
      (a, b) => followers[b] - followers[a] || a - b,
    );
    expect(nodesOf(kind, KIND['opinion-leader'])).toEqual(ranked.slice(0, 5).sort((a, b) => a - b));
  });

  it('ranks by followers, not by accounts followed, and breaks ties by lower index', () => {
    const out = new EdgeListBuilder();
    for (const v of [1, 2, 3]) out.add(4, v); // 4 has three followers
    for (const u of [0, 1, 2]) out.add(u, 5); // 5 follows three accounts: no followers
    const star = out.toNetwork(6, true);
    const { kind: starKinds } = assignKinds(
      star,
      { opinionLeaders: 2, brands: 0, botShare: 0 },
      createRng(1),
    );
    // Followers: 4 → 3; 0, 1, 2 → 1 each; so the leaders are 4 and then 0, the lowest index.
    expect(nodesOf(starKinds, KIND['opinion-leader'])).toEqual([0, 4]);
  });

  it('uses degree on an undirected network', () => {
    const friends = barabasiAlbert({ n: 500, m: 2, rng: createRng(3) });
    const degree = degrees(friends);
    const { kind: friendKinds } = assignKinds(
      friends,
      { opinionLeaders: 1, brands: 0, botShare: 0 },
      createRng(1),
    );
    const [leader] = nodesOf(friendKinds, KIND['opinion-leader']);
    expect(degree[leader]).toBe(Math.max(...degree));
  });

  it('leaves the input alone and is reproducible', () => {
    expect(network.kind.every((k) => k === KIND.person)).toBe(true);
    expect(assignKinds(network, options, createRng(2)).kind).toEqual(kind);
    expect(assignKinds(network, options, createRng(3)).kind).not.toEqual(kind);
  });

  it.each([
    [{ opinionLeaders: -1, brands: 0, botShare: 0 }, /opinionLeaders to be a whole number ≥ 0/],
    [{ opinionLeaders: 0, brands: 1.5, botShare: 0 }, /brands to be a whole number ≥ 0/],
    [{ opinionLeaders: 2000, brands: 1001, botShare: 0 }, /opinionLeaders \+ brands ≤ nodes/],
    [{ opinionLeaders: 0, brands: 0, botShare: 2 }, /botShare between 0 and 1/],
  ])('rejects %o', (bad, message) => {
    expect(() => assignKinds(network, bad, createRng(1))).toThrow(RangeError);
    expect(() => assignKinds(network, bad, createRng(1))).toThrow(message);
  });
});

import { modelHelp } from './model-options.ts';

/** The text of `ripple help`; the model options come from the model registry (src/models). */
export const HELP = `ripple: run Ripple's diffusion experiments from the command line.

Commands
  ripple run FILE                 an ensemble of runs; JSON summary (every run's size,
                                  reach statistics, P(global), P(global) by first-wave size)
                                  or CSV, one row per run
  ripple sweep FILE --param PATH (--from A --to B --steps K | --values a,b,c)
                   [--param2 PATH (--from2 A --to2 B --steps2 K | --values2 a,b,c)]
                                  an ensemble per value of one parameter (or per grid point
                                  of two), with the estimated critical value and the theory's;
                                  without --param, the scenario's "sweep" section
  ripple sweep FILE ... --shard i/N --out part-i.json
                                  only part i of N of the sweep's runs (for batch systems)
  ripple merge PART.json...       join the parts: the same output, byte for byte, as the
                                  sweep run whole
  ripple compare FILE             the seeding strategies of the scenario's "compare" section
                                  on the same network and luck: reach, P(global), cost, verdict
  ripple graph FILE [--out F]     the scenario's network: statistics as JSON, or written
                                  to F as .txt (edge list), .gexf or .graphml
  ripple validate FILE...         check scenario files and list every problem
  ripple help                     this text

Experiment options (run, sweep, compare, graph)
  --graph EDGELIST     use this graph file instead of the scenario's graph; with no
                       FILE, a default scenario is used (IC, power 0.1, 1 random seed,
                       rng seed 1, 500 runs)
  --directed           read the edge list as directed (u v: content flows u to v)
  --nodes N            the edge list's ids are 0..N-1: ids no line uses are people
                       without ties (a label alone on a line is one too); for a
                       generated graph, its number of nodes
  --allow-dir DIR      also read graph files a scenario names from DIR (otherwise only
                       from the scenario's own folder); validate takes it too
${modelHelp(21)}
  --seeds a,b,c        seed these nodes (labels, or indices for generated graphs)
  --seed-count K       number of seeds, with --strategy NAME: random, top-degree,
  --strategy NAME      top-pagerank, k-core, one-per-community, one-community,
                       degree-discount, greedy-celf
  --runs N             number of runs (per value, per grid point, per variant)
  --rng-seed S         the random seed (same seed, same results, to the last digit)
  --workers N          worker threads (results identical to one thread)
  --format json|csv    output format (graph: edgelist|gexf|graphml; a shard is always json)
  --out FILE           write results to FILE instead of stdout (checked before any
                       work: a regular file, or a new one in an existing folder)
  --progress           draw the progress bar even when stderr is not a terminal
  --allow-slow         run greedy seeding even past its 60 s budget (its expected
                       cost is printed first; Ctrl-C stops it)

Examples
  npx ripple run scenarios/tipping-point-er.json --runs 1000 --workers 2
  npx ripple sweep scenarios/tipping-point-er.json --param content.power --from 0.1 --to 0.5 --steps 9 --format csv
  npx ripple sweep scenarios/power-sweep-er.json --param2 seeding.count --values2 1,2,5 --param content.power --from 0.05 --to 0.5 --steps 10
  npx ripple sweep scenarios/power-sweep-er.json --shard 1/3 --out part-1.json   (and 2/3, 3/3)
  npx ripple merge part-*.json --format csv --out sweep.csv
  npx ripple compare scenarios/opinion-leader-vs-small-accounts.json --runs 1000
  npx ripple run --graph my-network.txt --model ic --power 0.05 --seed-count 5 --strategy top-degree
  npx ripple graph scenarios/opinion-leader-vs-many.json --out network.gexf

Exit codes: 0 done, 1 a problem in a file, 2 a problem in the command, 130 stopped by Ctrl-C
(at any moment, within about a second).
See docs/cli.md for every option and the fields of each output.
`;

/** The text of `ripple help`. */
export const HELP = `ripple: run Ripple's diffusion experiments from the command line.

Commands
  ripple run FILE                 an ensemble of runs; JSON summary (every run's size,
                                  reach statistics, P(global)) or CSV, one row per run
  ripple sweep FILE --param PATH (--from A --to B --steps K | --values a,b,c)
                                  an ensemble per value of one numeric parameter
  ripple graph FILE [--out F]     the scenario's network: statistics as JSON, or written
                                  to F as .txt (edge list), .gexf or .graphml
  ripple validate FILE...         check scenario files and list every problem
  ripple help                     this text

Experiment options (run, sweep, graph)
  --graph EDGELIST     use this graph file instead of the scenario's graph; with no
                       FILE, a default scenario is used (IC, power 0.1, 1 random seed)
  --directed           read the edge list as directed (u v: content flows u to v)
  --model ic|lt|sir    independent cascade, linear threshold, or SIR
  --power P            propagation power (ic, sir)
  --threshold PHI      fraction threshold φ (lt)
  --seeds a,b,c        seed these nodes (labels, or indices for generated graphs)
  --seed-count K       number of seeds, with --strategy NAME: random, top-degree,
  --strategy NAME      top-pagerank, k-core, one-per-community, degree-discount, greedy-celf
  --runs N             number of runs
  --rng-seed S         the random seed (same seed, same results, to the last digit)
  --workers N          worker threads (results identical to one thread)
  --format json|csv    output format (graph: edgelist|gexf|graphml)
  --out FILE           write results to FILE instead of stdout
  --progress           draw the progress bar even when stderr is not a terminal

Examples
  npx ripple run scenarios/tipping-point-er.json --runs 1000 --workers 2
  npx ripple sweep scenarios/tipping-point-er.json --param content.power --from 0.1 --to 0.5 --steps 9 --format csv
  npx ripple run --graph my-network.txt --model ic --power 0.05 --seed-count 5 --strategy top-degree
  npx ripple graph scenarios/opinion-leader-vs-many.json --out network.gexf

Exit codes: 0 done, 1 a problem in a file, 2 a problem in the command, 130 stopped by Ctrl-C.
`;

using ToyLang;

if (args.Length == 0) { Console.Error.WriteLine("usage: ToyLang run FILE [--jit|--eager] | fuzz N [seed] | bench"); return 2; }
return args[0] switch
{
    "run" => Cli.Run(args),
    "fuzz" => Cli.Fuzz(args),
    "bench" => Cli.Bench(args),
    "gen" => Cli.Gen(args),
    _ => 2,
};

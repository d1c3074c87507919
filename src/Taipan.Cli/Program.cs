using Taipan.Cli;

return CommandLine.Run(args);

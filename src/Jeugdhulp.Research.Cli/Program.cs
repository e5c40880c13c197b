return Jeugdhulp.Research.Cli.CliApp.Run(args, Console.Out, Console.Error);

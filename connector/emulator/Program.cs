using CustomerInsights.Emulator.Hosting;

// The emulator on its own: dotnet run --project connector/emulator [-- --urls http://127.0.0.1:5080] [--data FILE].
// connectorkit emulator hosts the same thing; see docs/emulator.md.
return await EmulatorCommandLine.RunAsync(args, Console.Out, Console.Error);

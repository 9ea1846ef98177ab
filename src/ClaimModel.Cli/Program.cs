using System.Text;
using ClaimModel.Cli;

// Standard output is buffered (a large report is many writes) and flushed by the commands; standard error is
// written through. Both are UTF-8 without a BOM, LF. Neither is disposed: a flush to a closed pipe must not throw
// after the run has ended.
var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var output = new StreamWriter(Console.OpenStandardOutput(), encoding, bufferSize: 1 << 16) { NewLine = "\n" };
var error = new StreamWriter(Console.OpenStandardError(), encoding) { NewLine = "\n", AutoFlush = true };
var console = new CliConsole
{
    Output = output,
    Error = error,
    StandardInput = Console.OpenStandardInput,
    ErrorIsTerminal = !Console.IsErrorRedirected,
};
var exit = CliApp.Run(args, console);
try
{
    output.Flush();
}
catch (IOException)
{
    // The reader went away (a closed pipe): nothing left to tell it.
}

return exit;

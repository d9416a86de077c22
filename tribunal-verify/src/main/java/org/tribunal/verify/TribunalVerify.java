package org.tribunal.verify;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tribunal-verify} command: checks receipts, checkpoints and consistency proofs of the
 * tribunal's transparency log offline, and audits the whole log from its tiles.
 */
@Command(
    name = "tribunal-verify",
    mixinStandardHelpOptions = true,
    version = "tribunal-verify 0.1.0",
    description = "Checks the tribunal's public record without trusting its servers.%n"
        + "Exit codes: 0 verified, 1 does not verify, 2 could not check.",
    subcommands = {
      VerifyReceiptCommand.class,
      VerifyCheckpointCommand.class,
      ConsistencyCommand.class,
      AuditCommand.class,
      VerifyBagCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TribunalVerify implements Runnable {

  /** Exit code: the input verified. */
  public static final int VERIFIED = 0;

  /** Exit code: the input was read and does not verify (or is malformed). */
  public static final int DOES_NOT_VERIFY = 1;

  /** Exit code: the input could not be checked (missing file, I/O failure, bad arguments). */
  public static final int COULD_NOT_CHECK = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * Returns the configured command line, for running in-process.
   *
   * @return a new command line whose usage errors exit with {@link #COULD_NOT_CHECK}
   */
  public static CommandLine commandLine() {
    return new CommandLine(new TribunalVerify())
        .setExitCodeExceptionMapper(e -> COULD_NOT_CHECK)
        .setParameterExceptionHandler((e, args) -> {
          e.getCommandLine().getErr().println(e.getMessage());
          e.getCommandLine().usage(e.getCommandLine().getErr());
          return COULD_NOT_CHECK;
        });
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}

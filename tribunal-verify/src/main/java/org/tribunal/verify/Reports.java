package org.tribunal.verify;

import picocli.CommandLine.Model.CommandSpec;

/** The one-line verdicts the commands print, and their exit codes. */
final class Reports {

  private Reports() {}

  static int verified(CommandSpec spec, String what) {
    spec.commandLine().getOut().println("VERIFIED: " + what);
    spec.commandLine().getOut().flush();
    return TribunalVerify.VERIFIED;
  }

  static int doesNotVerify(CommandSpec spec, String why) {
    spec.commandLine().getErr().println("DOES NOT VERIFY: " + why);
    spec.commandLine().getErr().flush();
    return TribunalVerify.DOES_NOT_VERIFY;
  }

  static int couldNotCheck(CommandSpec spec, String why) {
    spec.commandLine().getErr().println("COULD NOT CHECK: " + why);
    spec.commandLine().getErr().flush();
    return TribunalVerify.COULD_NOT_CHECK;
  }
}

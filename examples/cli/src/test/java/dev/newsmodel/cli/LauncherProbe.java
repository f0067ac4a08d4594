package dev.newsmodel.cli;

/** Stands in for the tool in {@link LauncherScriptTest}: prints its arguments, one a line. */
public final class LauncherProbe {
  private LauncherProbe() {}

  /** Prints each argument in brackets on a line of its own. */
  public static void main(String[] args) {
    for (String arg : args) {
      System.out.println("[" + arg + "]");
    }
  }
}

package org.tribunal.positions;

import java.util.List;

/**
 * Thrown when an imported file has errors: nothing of it was imported (422). It lists every problem
 * with file, line and field.
 */
public final class ImportRejectedException extends org.tribunal.shared.DomainException {

  private static final long serialVersionUID = 1L;

  private final transient List<ImportProblem> problems;

  private ImportRejectedException(String file, List<ImportProblem> problems) {
    super("import-rejected", 422, "Import rejected",
        "File " + file + " has " + problems.size() + " problem(s); nothing was imported. First: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  /**
   * Rejects {@code file} for {@code problems}.
   *
   * @param file the file's name
   * @param problems at least one problem
   * @return the exception, with the problems as extension member {@code errors}
   */
  public static ImportRejectedException of(String file, List<ImportProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejection needs a problem");
    }
    ImportRejectedException e = new ImportRejectedException(file, problems);
    e.with("file", file);
    e.with("errors", problems.stream().limit(1000).toList());
    return e;
  }

  /** Returns every problem found. */
  public List<ImportProblem> problems() {
    return problems;
  }
}

/**
 * Old names pip still meets in requirements files. `sklearn` was a placeholder distribution for
 * scikit-learn; it now refuses to install, and it is never what a Python has installed, so
 * checking it as written would turn away every Python that has scikit-learn. It is checked as the
 * real name, with a warning that says what to write.
 */
const ALIASES: Record<string, string> = {
  sklearn: "scikit-learn",
};

export interface AliasedRequirements {
  requirements: string[];
  warnings: string[];
}

export function resolveRequirementAliases(
  requirements: readonly string[],
  file: string,
): AliasedRequirements {
  const warnings: string[] = [];
  const resolved = requirements.map((line) => {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(.*)$/s.exec(line);
    const name = match?.[1]?.toLowerCase().replace(/[._]/g, "-");
    const real = name ? ALIASES[name] : undefined;
    if (!match || !real) return line;
    warnings.push(
      `${file}: "${match[1]}" is the old name of ${real} (pip refuses it now); checked ${real} instead. Write ${real} in ${file}.`,
    );
    return `${real}${match[2]}`;
  });
  return { requirements: resolved, warnings };
}

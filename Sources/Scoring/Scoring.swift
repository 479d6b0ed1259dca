/// The selection math of crmkit. Every function is pure: it takes numbers and returns numbers, with the
/// conventions of `docs/scoring.md` (matrix orientation, random-index table, normalizations, timing of
/// cash flows) named in its results, so a consultant can say where each number comes from.
public enum Scoring {}

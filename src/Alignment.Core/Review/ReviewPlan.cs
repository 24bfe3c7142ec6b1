namespace Alignment.Core.Review;

/// <summary>
/// What <c>review apply</c> will do, worked out in full before anything is written: the files to rewrite, the
/// rejected findings for the suppression file, and accepted rows that carry no mechanical fix (notes for the user).
/// </summary>
public sealed record ReviewPlan(IReadOnlyList<DocumentEdit> Edits, IReadOnlyList<Suppression> Rejected, IReadOnlyList<string> Notes);

namespace Alignment.Core.Checks.Terminology;

/// <summary>A Korean person's name as English writes it: "Han Seo-jun", with where its surname ends for a fix.</summary>
internal sealed record EnglishName(int Start, int End, string Surname, string Given, int SurnameEnd);

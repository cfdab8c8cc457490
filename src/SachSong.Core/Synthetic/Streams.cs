namespace SachSong.Core.Synthetic;

/// <summary>Numbers of the independent random streams of one seed, so that changing one part leaves the others alone.</summary>
internal static class Streams
{
    public const ulong Commune = 1;
    public const ulong Ages = 2;
    public const ulong Households = 3;
    public const ulong People = 4;
    public const ulong Identifiers = 5;
    public const ulong Events = 6;
    public const ulong Cards = 7;
    public const ulong Lists = 8;
}

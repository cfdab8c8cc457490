namespace SachSong.Core.Synthetic;

/// <summary>Shapes of household the generator builds.</summary>
internal enum HouseholdKind
{
    Single,
    Couple,
    Nuclear,
    SingleParent,
    ThreeGenerations,
    GrandparentsAndGrandchildren,
}

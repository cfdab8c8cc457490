namespace SachSong.TestSupport;

/// <summary>Order checks shared by the test projects.</summary>
internal static class OrderAssert
{
    /// <summary>Asserts that <paramref name="expected"/> appear in <paramref name="actual"/> in this order, other items allowed between them.</summary>
    public static void InOrder(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var at = 0;
        foreach (var item in expected)
        {
            while (at < actual.Count && actual[at] != item) at++;
            Assert.True(at < actual.Count, $"\"{item}\" is missing or out of order in:\n{string.Join("\n", actual)}");
            at++;
        }
    }
}

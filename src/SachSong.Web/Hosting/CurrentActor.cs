using SachSong.App.Access;
using SachSong.Core.Access;

namespace SachSong.Web.Hosting;

/// <summary>The actor of the current request, set once by <see cref="ActorMiddleware"/>; anonymous requests see nothing.</summary>
public sealed class CurrentActor
{
    public static Actor Anonymous { get; } = new("anonymous", Role.Viewer, AccessScope.Empty, null);

    public Actor Actor { get; set; } = Anonymous;
    public bool IsSignedIn => !ReferenceEquals(Actor, Anonymous);
    /// <summary>The display name shown in the header.</summary>
    public string DisplayName { get; set; } = "";
}

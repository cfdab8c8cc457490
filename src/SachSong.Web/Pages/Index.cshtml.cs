using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SachSong.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet() { }
}

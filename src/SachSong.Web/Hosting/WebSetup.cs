using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SachSong.App.Access;
using SachSong.App.Storage;
using SachSong.Core.Access;
using SachSong.Web.Api;

namespace SachSong.Web.Hosting;

/// <summary>The web host's services and pipeline: the same application services as the CLI, behind accounts, scopes and audit.</summary>
public static class WebSetup
{
    public const string SignInRateLimit = "sign-in";
    /// <summary>Configuration key: sign-in attempts allowed per client address and minute (default 10).</summary>
    public const string SignInPerMinuteKey = "RateLimits:SignInPerMinute";

    public static IServiceCollection AddSachSongWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = WebSettings.Resolve(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new RootDatabase(new Database(settings)));
        services.AddScoped<CurrentActor>();
        // Every use case a request builds gets the database as its actor sees it.
        services.AddScoped(sp => sp.GetRequiredService<RootDatabase>().Database.For(sp.GetRequiredService<CurrentActor>().Actor));
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        AddUseCases(services);

        // First-run secrets: the key ring that signs cookies and antiforgery tokens lives in the data folder, never in the repository.
        // Readable by the app's own account only: on Linux the keys are stored unencrypted.
        var keys = Directory.CreateDirectory(Path.Combine(settings.DataFolder, "keys"));
        if (!OperatingSystem.IsWindows()) keys.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        services.AddDataProtection().SetApplicationName("SachSong").PersistKeysToFileSystem(keys);

        services.AddAuthentication(o => o.DefaultScheme = "cookie-or-key")
            .AddPolicyScheme("cookie-or-key", null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthentication.Header) ? ApiKeyAuthentication.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "sachsong-auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/Account/SignIn";
                o.LogoutPath = "/Account/SignOut";
                o.AccessDeniedPath = "/Account/Denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = c => ApiOr(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => ApiOr(c, StatusCodes.Status403Forbidden);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);

        services.AddAuthorization(o =>
        {
            foreach (var permission in Enum.GetValues<Permission>())
                o.AddPolicy(Policies.For(permission), p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                    c.Resource is HttpContext http && http.RequestServices.GetRequiredService<CurrentActor>() is { IsSignedIn: true } a && a.Actor.Can(permission)));
        });

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sachsong-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Sign-in attempts (POST) per client address and minute; showing the form is not limited.
            var perMinute = int.TryParse(configuration[SignInPerMinuteKey], CultureInfo.InvariantCulture, out var limit) && limit > 0 ? limit : 10;
            o.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "?",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("get"));
        });

        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Ui.Vietnamese);
            o.SupportedCultures = o.SupportedUICultures = [Ui.Vietnamese, Ui.English];
            o.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = Ui.LanguageCookie }];
        });

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Account/Denied");
            o.Conventions.AllowAnonymousToPage("/Error");
        });
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "SachSong API";
            document.Info.Description = "Đề án 06: sổ dân cư, danh sách chuyên ngành, đối sánh, chỉ tiêu. Xác thực bằng cookie đăng nhập hoặc tiêu đề X-Api-Key.";
            return Task.CompletedTask;
        }));
        // Vietnamese letters are written as they are, not as &#x…; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return services;
    }

    public static WebApplication UseSachSongWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<ActorMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapGet("/lang/{code}", (string code, string? returnUrl, HttpContext http) =>
        {
            var culture = code == "en" ? Ui.English : Ui.Vietnamese;
            http.Response.Cookies.Append(Ui.LanguageCookie, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.MaxValue, SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        }).AllowAnonymous().ExcludeFromDescription();

        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapAccessApi();
        api.MapRegisterApi();
        api.MapListsApi();
        api.MapIndicatorsApi();
        return app;
    }

    private static void AddUseCases(IServiceCollection services)
    {
        services.TryAddScoped<App.Register.CitizenSearch>();
        services.TryAddScoped<App.Register.CitizenCard>();
        services.TryAddScoped<Accounts>();
        services.TryAddScoped<ApiKeys>();
        services.TryAddScoped<AuditQuery>();
        services.AddListsPages();
        services.AddIndicatorsPages();
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>The current culture's name, for the page's <c>lang</c> attribute.</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

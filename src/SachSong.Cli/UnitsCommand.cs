using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Units;
using SachSong.Core.Units;
using Spectre.Console;

namespace SachSong.Cli;

/// <summary><c>sachsong units import|import-geo|list|resolve</c>.</summary>
internal static class UnitsCommand
{
    public static Command Create(CliContext ctx, Option<string?> databaseOption)
    {
        var units = new Command("units", ctx.T("Đơn vị hành chính: nạp danh mục, ánh xạ cũ→mới, tra cứu", "Administrative units: import catalogues and old→new mappings, look up"));

        var file = new Argument<FileInfo>("FILE")
        {
            Description = ctx.T(
                "Tệp danh mục hoặc ánh xạ: dvhcvn JSON, thanglequoc JSON, công văn GSO (CSV/markdown), merges/splits JSON, hoặc tệp Excel xuất từ trang GSO",
                "Catalogue or mapping file: dvhcvn JSON, thanglequoc JSON, GSO dispatch (CSV/markdown), merges/splits JSON, or the GSO website's Excel export"),
        };
        var import = new Command("import", ctx.T("Nạp danh mục đơn vị hành chính hoặc ánh xạ từ tệp", "Load a unit catalogue or mapping from a file")) { file };
        import.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            var importer = new ImportUnits(database);
            await importer.LoadBuiltInAsync(ct);
            var result = await importer.ImportFileAsync(parse.GetValue(file)!.FullName, ct);
            switch (result)
            {
                case UnitImportResult.Completed c:
                    ctx.Console.MarkupLine(ctx.T(
                        $"Đã nạp [bold]{Markup.Escape(c.Format)}[/]: {c.UnitsAdded:N0} đơn vị mới, {c.UnitsUpdated:N0} cập nhật, {c.MappingsAdded:N0} liên kết ánh xạ mới.",
                        $"Loaded [bold]{Markup.Escape(c.Format)}[/]: {c.UnitsAdded:N0} new units, {c.UnitsUpdated:N0} updated, {c.MappingsAdded:N0} new mapping links."));
                    foreach (var w in c.Warnings) ctx.Console.MarkupLine($"[yellow]{Markup.Escape(w)}[/]");
                    return 0;
                case UnitImportResult.Failed f:
                    ctx.Fail(f.Message);
                    return 2;
                default:
                    throw new InvalidOperationException();
            }
        });

        var versionOption = new Option<string?>("--version") { Description = ctx.T("Phiên bản danh mục, ví dụ 2025-03 hoặc 2025-07", "Catalogue version, e.g. 2025-03 or 2025-07") };
        var parentOption = new Option<string?>("--parent") { Description = ctx.T("Mã đơn vị cha", "Parent unit code") };
        var list = new Command("list", ctx.T("Liệt kê đơn vị hành chính", "List administrative units")) { versionOption, parentOption };
        list.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            await new ImportUnits(database).LoadBuiltInAsync(ct);
            await using var db = database.CreateContext();
            var version = parse.GetValue(versionOption);
            var parent = parse.GetValue(parentOption);
            var query = db.Units.AsNoTracking();
            if (version is not null) query = query.Where(u => u.Version == version);
            if (parent is not null) query = query.Where(u => u.ParentCode == parent);
            var rows = await query.OrderBy(u => u.Version).ThenBy(u => u.Code).Take(5000).ToListAsync(ct);
            var table = new Table().AddColumns(ctx.T("Phiên bản", "Version"), ctx.T("Mã", "Code"), ctx.T("Tên", "Name"), ctx.T("Loại", "Type"), ctx.T("Mã cha", "Parent"));
            foreach (var u in rows) table.AddRow(u.Version, u.Code, Markup.Escape(u.Name), Markup.Escape(u.Type), u.ParentCode ?? "");
            ctx.Console.Write(table);
            return 0;
        });

        var nameArgument = new Argument<string>("NAME") { Description = ctx.T("Tên đơn vị như người dùng gõ, hoặc mã", "Unit name as typed, or a code") };
        var resolve = new Command("resolve", ctx.T("Tìm đơn vị theo tên gõ tự do", "Find a unit from a name as people type it")) { nameArgument, versionOption };
        resolve.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            await new ImportUnits(database).LoadBuiltInAsync(ct);
            await using var db = database.CreateContext();
            var version = parse.GetValue(versionOption) ?? CatalogVersion.ThreeTier.Id;
            var all = await db.Units.AsNoTracking().Where(u => u.Version == version).ToListAsync(ct);
            var result = new UnitResolver(all.Select(u => u.ToUnit())).Resolve(parse.GetValue(nameArgument));
            switch (result)
            {
                case UnitResolution.Found f:
                    ctx.Console.WriteLine($"{f.Unit.Code}\t{f.Unit.Name}\t{f.Unit.Version}");
                    return 0;
                default:
                    ctx.Fail(result.ToString()!);
                    return 2;
            }
        });

        var geoFile = new Argument<FileInfo>("FILE")
        {
            Description = ctx.T("Tệp ranh giới: GeoJSON (FeatureCollection) hoặc tệp GIS của dvhcvn", "Boundary file: GeoJSON (FeatureCollection) or a dvhcvn GIS file"),
        };
        var geoVersion = new Option<string?>("--version")
        {
            Description = ctx.T("Phiên bản danh mục để khớp đơn vị (mặc định: 2025-03 cho tệp dvhcvn, danh mục hiện hành cho GeoJSON)",
                "Catalogue version to match units in (default: 2025-03 for dvhcvn files, the catalogue in force for GeoJSON)"),
        };
        var importGeo = new Command("import-geo", ctx.T("Nạp ranh giới đơn vị hành chính cho bản đồ", "Load administrative unit boundaries for the map")) { geoFile, geoVersion };
        importGeo.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            await new ImportUnits(database).LoadBuiltInAsync(ct);
            var result = await new ImportUnitGeometry(database, ctx.Clock).ExecuteAsync(parse.GetValue(geoFile)!.FullName, parse.GetValue(geoVersion), ct);
            switch (result)
            {
                case ImportUnitGeometry.Outcome.Stored s:
                    ctx.Console.MarkupLine(ctx.T(
                        $"Đã nạp ranh giới ({Markup.Escape(s.Format)}, danh mục {Markup.Escape(s.Version)}): {s.Matched.Count:N0} đơn vị khớp, {s.NotMatched.Count:N0} không khớp; {s.PointsRead:N0} điểm → {s.PointsStored:N0} điểm, {s.BytesStored / 1024.0:N1} KB, {s.Elapsed.TotalSeconds:N1} giây.",
                        $"Loaded boundaries ({Markup.Escape(s.Format)}, catalogue {Markup.Escape(s.Version)}): {s.Matched.Count:N0} units matched, {s.NotMatched.Count:N0} not matched; {s.PointsRead:N0} points → {s.PointsStored:N0} points, {s.BytesStored / 1024.0:N1} KB, {s.Elapsed.TotalSeconds:N1} s."));
                    foreach (var m in s.Matched) ctx.Console.MarkupLine("  " + Markup.Escape(m));
                    foreach (var n in s.NotMatched) ctx.Console.MarkupLine($"  [yellow]{Markup.Escape(n)}[/]");
                    return s.Matched.Count > 0 ? 0 : 2;
                case ImportUnitGeometry.Outcome.Failed f:
                    ctx.Fail(f.Message);
                    return 2;
                default:
                    throw new InvalidOperationException();
            }
        });

        units.Subcommands.Add(import);
        units.Subcommands.Add(importGeo);
        units.Subcommands.Add(list);
        units.Subcommands.Add(resolve);
        return units;
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SachSong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UnitGeometry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "unit_geometries",
                columns: table => new
                {
                    version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    coordinates = table.Column<string>(type: "TEXT", nullable: false),
                    min_lon = table.Column<double>(type: "REAL", nullable: false),
                    min_lat = table.Column<double>(type: "REAL", nullable: false),
                    max_lon = table.Column<double>(type: "REAL", nullable: false),
                    max_lat = table.Column<double>(type: "REAL", nullable: false),
                    point_count = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    imported_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_geometries", x => new { x.version, x.code });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "unit_geometries");
        }
    }
}

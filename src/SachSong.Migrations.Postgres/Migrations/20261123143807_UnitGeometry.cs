using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SachSong.Migrations.Postgres.Migrations
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
                    version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    coordinates = table.Column<string>(type: "text", nullable: false),
                    min_lon = table.Column<double>(type: "double precision", nullable: false),
                    min_lat = table.Column<double>(type: "double precision", nullable: false),
                    max_lon = table.Column<double>(type: "double precision", nullable: false),
                    max_lat = table.Column<double>(type: "double precision", nullable: false),
                    point_count = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    imported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

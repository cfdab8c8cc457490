using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SachSong.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RegisterSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_citizens_name_key",
                table: "citizens");

            migrationBuilder.CreateIndex(
                name: "IX_citizens_household_code",
                table: "citizens",
                column: "household_code");

            migrationBuilder.CreateIndex(
                name: "IX_citizens_name_key_birth_year",
                table: "citizens",
                columns: new[] { "name_key", "birth_year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_citizens_household_code",
                table: "citizens");

            migrationBuilder.DropIndex(
                name: "IX_citizens_name_key_birth_year",
                table: "citizens");

            migrationBuilder.CreateIndex(
                name: "IX_citizens_name_key",
                table: "citizens",
                column: "name_key");
        }
    }
}

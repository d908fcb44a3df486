using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stats.Catalog.Migrations
{
    /// <inheritdoc />
    public partial class JobRunsPullStatesAgencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "contracts",
                table: "api_keys",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "job_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    job_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    fire_instance_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    scheduled_for = table.Column<string>(type: "TEXT", nullable: true),
                    started_at = table.Column<string>(type: "TEXT", nullable: false),
                    finished_at = table.Column<string>(type: "TEXT", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    files_seen = table.Column<int>(type: "INTEGER", nullable: false),
                    deliveries_loaded = table.Column<int>(type: "INTEGER", nullable: false),
                    deliveries_refused = table.Column<int>(type: "INTEGER", nullable: false),
                    deliveries_duplicate = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_loaded = table.Column<long>(type: "INTEGER", nullable: false),
                    vintage_id = table.Column<int>(type: "INTEGER", nullable: true),
                    message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    instance_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pull_states",
                columns: table => new
                {
                    contract_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    etag = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    last_modified = table.Column<string>(type: "TEXT", nullable: true),
                    last_checked_at = table.Column<string>(type: "TEXT", nullable: false),
                    last_fetched_at = table.Column<string>(type: "TEXT", nullable: true),
                    last_content_sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pull_states", x => new { x.contract_id, x.url });
                });

            migrationBuilder.CreateIndex(
                name: "ix_job_runs_fire_instance_id_attempt",
                table: "job_runs",
                columns: new[] { "fire_instance_id", "attempt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_job_runs_job_name_started_at",
                table: "job_runs",
                columns: new[] { "job_name", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_job_runs_outcome_instance_id",
                table: "job_runs",
                columns: new[] { "outcome", "instance_id" });

            migrationBuilder.CreateIndex(
                name: "ix_job_runs_started_at",
                table: "job_runs",
                column: "started_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "job_runs");

            migrationBuilder.DropTable(
                name: "pull_states");

            migrationBuilder.DropColumn(
                name: "contracts",
                table: "api_keys");
        }
    }
}

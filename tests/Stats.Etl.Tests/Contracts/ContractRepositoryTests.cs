using Stats.Etl.Contracts;

namespace Stats.Etl.Tests.Contracts;

public sealed class ContractRepositoryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stats-contracts-").FullName;
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "contracts");

    private const string Valid = """
        {
          "id": "test-source",
          "source": { "code": "TST", "name": "Test source", "organisationType": "POLICE" },
          "entity": "victim",
          "format": { "type": "csv", "delimiter": ";", "dateFormat": "dd.MM.yyyy" },
          "columns": {
            "key":    { "field": "linkage_key", "required": true },
            "date":   { "field": "registration_date", "required": true },
            "status": { "field": "victim_status", "codes": { "p": "PRES" } },
            "gender": { "field": "sex", "codes": { "w": "F" } }
          }
        }
        """;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ContractException Invalid(string json)
    {
        File.WriteAllText(Path.Combine(_dir, "test-source.json"), json);
        var act = () => new ContractRepository(_dir).Get("test-source");
        return act.Should().Throw<ContractException>().Which;
    }

    [Fact]
    public void The_eight_shipped_contracts_load_and_validate()
    {
        var all = new ContractRepository(Shipped).All();

        all.Select(c => c.Id).Should().Equal(
            "court-registry-convictions", "courts-decisions", "idauthority-decisions", "ngo-htcds", "police-suspects", "police-victims",
            "prosecution-persons", "socialcare-nrm");
        all.Where(c => c.IsAggregate).Select(c => (c.Id, c.Aggregate!.Indicator, c.Aggregate.Unit))
            .Should().Equal(("court-registry-convictions", "J05", "persons"), ("idauthority-decisions", "V08", "decisions"));
        var nrm = new ContractRepository(Shipped).Get("socialcare-nrm");
        nrm.Children.Select(c => (c.Path, c.Entity)).Should().Equal(("services", "assistance"), ("decisions", "immigration"));
        nrm.Columns["person.sex"].Codes!["female"].Should().Be("F");
        new ContractRepository(Shipped).Get(Path.Combine(Shipped, "police-victims.json")).Format.Delimiter.Should().Be(";");
    }

    [Fact]
    public void A_valid_contract_written_elsewhere_loads_by_id_and_by_path()
    {
        File.WriteAllText(Path.Combine(_dir, "test-source.json"), Valid);

        new ContractRepository(_dir).Get("test-source").Source.Code.Should().Be("TST");
        new ContractRepository(Shipped).Get(Path.Combine(_dir, "test-source.json")).Id.Should().Be("test-source");
    }

    [Fact]
    public void Unknown_contract_id_names_the_known_ones()
    {
        var act = () => new ContractRepository(Shipped).Get("nope");

        act.Should().Throw<ContractException>().WithMessage("*nope*police-victims*");
    }

    public static TheoryData<string, string, string> Broken() => new()
    {
        // name, change to the valid contract, key the error must name
        { "unknown entity", "\"entity\": \"victim\"|\"entity\": \"victims\"", "entity:" },
        { "unknown field", "\"field\": \"sex\"|\"field\": \"gender\"", "columns.gender.field" },
        { "code that is not canonical", "\"w\": \"F\"|\"w\": \"W\"", "columns.gender.codes.w" },
        { "code of another list", "\"p\": \"PRES\"|\"p\": \"F\"", "columns.status.codes.p" },
        { "identifying column mapped", "\"gender\": {|\"Geburtsdatum\": {", "columns.Geburtsdatum" },
        { "identifying column ignored", "\"columns\": {|\"ignore\": [\"email\"], \"columns\": {", "ignore" },
        { "required model field unmapped", "\"status\": { \"field\": \"victim_status\",|\"status\": { \"field\": \"region\",", "victim_status" },
        { "unknown format type", "\"type\": \"csv\"|\"type\": \"parquet\"", "format.type" },
        { "CSV without delimiter", "\"delimiter\": \";\", |", "format.delimiter" },
        { "date pattern intake cannot read", "dd.MM.yyyy|dd.MM.yyyy tt", "format.dateFormat" },
        { "misspelt key", "\"format\": {|\"formatt\": {}, \"format\": {", "formatt" },
        { "unknown organisation type", "\"POLICE\"|\"SHERIFF\"", "source.organisationType" },
        { "id differing from the file name", "\"id\": \"test-source\"|\"id\": \"other\"", "id:" },
        { "constant of an unknown code", "\"entity\": \"victim\",|\"entity\": \"victim\", \"constants\": { \"identifying_org_type\": \"NOPE\" },", "constants.identifying_org_type" },
        { "date order on a text field", "\"entity\": \"victim\",|\"entity\": \"victim\", \"rules\": { \"dateOrder\": [ { \"earlier\": \"registration_date\", \"later\": \"record_id\" } ] },", "rules.dateOrder[0]" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Invalid_contract_is_refused_naming_the_file_and_the_key(string name, string change, string key)
    {
        var (from, to) = (change.Split('|')[0], change.Split('|')[1]);
        Valid.Should().Contain(from, name);

        var error = Invalid(Valid.Replace(from, to, StringComparison.Ordinal));

        error.Message.Should().Contain("test-source.json", name).And.Contain(key, name);
    }
}

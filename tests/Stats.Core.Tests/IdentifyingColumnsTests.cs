using Stats.Core.Privacy;

namespace Stats.Core.Tests;

public sealed class IdentifyingColumnsTests
{
    [Theory]
    [InlineData("first_name", "name")]
    [InlineData("Surname", "name")]
    [InlineData("prs_FirstName", "name")]
    [InlineData("Name", "name")]
    [InlineData("date_of_birth", "exact birth date")]
    [InlineData("DOB", "exact birth date")]
    [InlineData("prs_Birthdate", "exact birth date")]
    [InlineData("Geburtsdatum", "exact birth date")]
    [InlineData("prs_MailingStreet", "address")]
    [InlineData("Straße", "address")]
    [InlineData("prs_MobilePhone", "phone number")]
    [InlineData("E-Mail", "e-mail")]
    [InlineData("prs_IdentityNumber", "national id")]
    [InlineData("passport_no", "national id")]
    [InlineData("cco_CaseComment", "free text")]
    [InlineData("vic_DetailsOfVulnerabilities", "free text")]
    [InlineData("Bemerkungen", "free text")]
    // Issue 10 (bad deliveries corpus): the German, French, Spanish and Italian names an agency's export may use.
    [InlineData("Familienname", "name")]
    [InlineData("Mädchenname", "name")]
    [InlineData("Prénom", "name")]
    [InlineData("Nom", "name")]
    [InlineData("Geburtstag", "exact birth date")]
    [InlineData("Anschrift", "address")]
    [InlineData("PLZ", "address")]
    [InlineData("Handynummer", "phone number")]
    [InlineData("Sozialversicherungsnummer", "national id")]
    [InlineData("SV-Nummer", "national id")]
    [InlineData("Personalausweisnummer", "national id")]
    [InlineData("IBAN", "national id")]
    [InlineData("Anmerkung", "free text")]
    [InlineData("Freitext", "free text")]
    public void Identifying_columns_are_recognised_under_their_usual_spellings(string column, string kind) =>
        IdentifyingColumns.Classify(column).Should().Be(kind);

    [Theory]
    [InlineData("org_Name")]
    [InlineData("person_pseudonym")]
    [InlineData("identified_on")]
    [InlineData("age_at_offence")]
    [InlineData("Personen-ID")]
    [InlineData("Staatsangehörigkeit")]
    [InlineData("vic_TraffickingStatusDecisionMakingOrg")]
    [InlineData("identification.decisionDate")]
    [InlineData("file_no")]
    [InlineData("ext_LinkageKey")]
    [InlineData("hte_Country")]
    [InlineData("Aktenzeichen")]
    [InlineData("Ausbeutungsform")]
    [InlineData("Alter unbekannt positiv")]
    [InlineData("Verurteilte Personen")]
    [InlineData("Libanon")]
    public void Columns_of_the_shipped_contracts_are_not_identifying(string column) =>
        IdentifyingColumns.IsIdentifying(column).Should().BeFalse();
}

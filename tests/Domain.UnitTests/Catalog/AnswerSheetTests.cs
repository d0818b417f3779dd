using System.Text.Json;
using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Domain.UnitTests.Catalog;

public class AnswerSheetTests
{
    private static readonly ServiceItem Item = CreateItem();

    [Fact]
    public void Check_WhenAllValid_ReturnsCanonicalJsonOfKnownFields()
    {
        var (json, errors) = AnswerSheet.Check(Item, Parse("""{"size":"3","income":4800.456,"residence":"rural","since":"2025-06-01","disabled":false}"""));

        Assert.Empty(errors);
        Assert.Equal("""{"size":3,"income":4800.46,"residence":"rural","since":"2025-06-01","disabled":false}""", json);
    }

    [Fact]
    public void Check_WhenRequiredMissing_ReportsEachOnItsField()
    {
        var (_, errors) = AnswerSheet.Check(Item, Parse("""{"since":"2025-06-01"}"""));

        Assert.Equal(["answers.income", "answers.residence", "answers.size"], errors.Keys.Order().ToArray());
    }

    [Theory]
    [InlineData("""{"size":2.5,"income":1,"residence":"rural"}""", "answers.size")]
    [InlineData("""{"size":0,"income":1,"residence":"rural"}""", "answers.size")]
    [InlineData("""{"size":1,"income":-1,"residence":"rural"}""", "answers.income")]
    [InlineData("""{"size":1,"income":"lots","residence":"rural"}""", "answers.income")]
    [InlineData("""{"size":1,"income":1,"residence":"moon"}""", "answers.residence")]
    [InlineData("""{"size":1,"income":1,"residence":"rural","since":"2025-13-01"}""", "answers.since")]
    [InlineData("""{"size":1,"income":1,"residence":"rural","disabled":"yes"}""", "answers.disabled")]
    [InlineData("""{"size":1,"income":1,"residence":"rural","unknown":1}""", "answers.unknown")]
    public void Check_WhenAValueIsWrong_ReportsThatField(string answers, string field)
    {
        var (_, errors) = AnswerSheet.Check(Item, Parse(answers));

        Assert.Equal(field, Assert.Single(errors).Key);
    }

    [Fact]
    public void Check_WhenNotAnObject_ReportsAnswers()
    {
        var (_, errors) = AnswerSheet.Check(Item, Parse("[1,2]"));

        Assert.Equal("answers", Assert.Single(errors).Key);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static ServiceItem CreateItem()
    {
        var item = new ServiceItem(ItemCode.Parse("civil.dibao"), DepartmentCode.Parse("civil"), "低保", "Dibao", "living", 30, 15);
        item.Define(
            DepartmentCode.Parse("civil"), "低保", "Dibao", "living", 30, 15, "d", "d", "w", "w", 0, [],
            [
                new ItemField("size", "家里几口人", "Household size", FieldType.Integer, true, 1, 30),
                new ItemField("income", "人均收入", "Income", FieldType.Money, true, 0, 1_000_000),
                new ItemField("residence", "住在", "Residence", FieldType.Select, true, Options: [new("rural", "农村", "Rural"), new("urban", "城镇", "Urban")]),
                new ItemField("since", "困难开始", "Since", FieldType.Date, false),
                new ItemField("disabled", "残疾", "Disabled", FieldType.Boolean, false),
            ],
            []);
        return item;
    }
}

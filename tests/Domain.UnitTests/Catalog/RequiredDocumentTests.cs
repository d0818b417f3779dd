using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Domain.UnitTests.Catalog;

public class RequiredDocumentTests
{
    [Theory]
    [InlineData("诊断证明或病历（有就传）", "诊断证明或病历")]
    [InlineData("困难证明（低保证、特困证、残疾证等，有就传）", "困难证明（低保证、特困证、残疾证等）")]
    [InlineData("身份证（正反面照片）", "身份证（正反面照片）")]
    public void RequestedName_WhenAsked_DropsTheOptionalMark(string name, string requested)
    {
        var document = new RequiredDocument("doc", name, "", Required: false);

        Assert.Equal(requested, document.RequestedName());
    }

    [Theory]
    [InlineData("Diagnosis certificate or medical records (if available)", "Diagnosis certificate or medical records")]
    [InlineData("Proof of hardship (dibao, tekun or disability certificate, if any)", "Proof of hardship (dibao, tekun or disability certificate)")]
    [InlineData("School diploma (if any)", "School diploma")]
    public void RequestedNameEn_WhenAsked_DropsTheOptionalMark(string nameEn, string requested)
    {
        var document = new RequiredDocument("doc", "", nameEn, Required: false);

        Assert.Equal(requested, document.RequestedNameEn());
    }
}

using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Residents;

internal static class IdentityRules
{
    /// <summary>A provider's "no" as a 400 on the field it concerns, in the user's language.</summary>
    public static void ThrowUnlessMatch(IdentityCheck check, string nameField, string idNumberField)
    {
        switch (check.Result)
        {
            case IdentityMatch.Mismatch:
                throw new ValidationException(nameField, Text.Pick("姓名与身份证号不一致，请核对后重新填写。", "The name does not match the ID number; check both and try again."));
            case IdentityMatch.NotFound:
                throw new ValidationException(idNumberField, Text.Pick("公安人口信息中查不到这个身份证号，请核对。", "The population register has no such ID number; check it."));
        }
    }
}

using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Application.Eligibility.CheckEligibility;
using ReliefPlatform.Domain.Eligibility;

namespace ReliefPlatform.Api.Endpoints;

internal static class EligibilityEndpoints
{
    public static void MapEligibilityEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/eligibility/check", CheckEligibility)
            .WithTags("Catalog")
            .AllowAnonymous()
            .WithSummary("Before applying: for every item, likely eligible, it depends, or likely not, with the reasons in plain words")
            .WithDescription(
                "Every answer is optional: residence (urban|rural), householdSize, incomePerPerson (yuan a year), hasMedicalInsurance, seriousIllness, " +
                "chronicIllness, medicalCosts, treatedOutsideInsuredArea, ableToWork, unemployed, childInSchool, childOutOfSchool, houseUnsafe, " +
                "drinkingWaterProblem, suddenHardship, noWorkIncomeOrSupporter. Nothing is stored, and the answer never stops anyone applying.")
            .ProducesValidationProblem();

    public static async Task<Ok<EligibilityCheckDto>> CheckEligibility(EligibilityAnswers answers, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new CheckEligibilityQuery(answers), cancellationToken));
}

using AutoMapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.GetCase;

namespace Klachten.Modules.Handling.Application.Mapping;

/// <summary>
/// Handling's one profile: a handling.cases row to the case details (its column groups become the nested extension, decision,
/// decision letter, referral and closure) and a correspondence row to the shared correspondence shape.
/// </summary>
internal sealed class HandlingProfile : Profile
{
    public HandlingProfile()
    {
        // extension_reason -> Reason, decision_outcome -> Outcome, letter_sent_at -> SentAt, referral_body -> Body, ...
        RecognizePrefixes("Extension", "Decision", "Letter", "Referral");

        CreateMap<CaseRow, ExtensionDto>();
        CreateMap<CaseRow, DecisionLetterDto>()
            .ForCtorParam(nameof(DecisionLetterDto.InTime), o => o.MapFrom(r => r.DecidedInTime));
        // Outcome is both decision_outcome and referral_outcome: each named explicitly.
        CreateMap<CaseRow, DecisionDto>()
            .ForCtorParam(nameof(DecisionDto.Outcome), o => o.MapFrom(r => r.DecisionOutcome))
            .ForCtorParam(nameof(DecisionDto.Letter), o => o.MapFrom(r => r.LetterSentAt.HasValue ? r : null));
        CreateMap<CaseRow, ReferralDto>()
            .ForCtorParam(nameof(ReferralDto.Outcome), o => o.MapFrom(r => r.ReferralOutcome));
        CreateMap<CaseRow, ClosureDto>();
        CreateMap<CaseRow, CaseDetailsDto>()
            .ForCtorParam(nameof(CaseDetailsDto.SettlementDueOn), o => o.MapFrom(r => r.DueOn))
            .ForCtorParam(nameof(CaseDetailsDto.OriginalSettlementDueOn), o => o.MapFrom(r => r.SettlementDueOn))
            // Overdue depends on today, the lists on other result sets: the query handler sets them.
            .ForCtorParam(nameof(CaseDetailsDto.Overdue), o => o.MapFrom(_ => false))
            .ForCtorParam(nameof(CaseDetailsDto.Assignments), o => o.MapFrom(_ => Array.Empty<AssignmentDto>()))
            .ForCtorParam(nameof(CaseDetailsDto.Contacts), o => o.MapFrom(_ => Array.Empty<ContactDto>()))
            .ForCtorParam(nameof(CaseDetailsDto.Correspondence), o => o.MapFrom(_ => Array.Empty<CorrespondenceDto>()))
            .ForCtorParam(nameof(CaseDetailsDto.AllowedActions), o => o.MapFrom(_ => Array.Empty<string>()))
            .ForCtorParam(nameof(CaseDetailsDto.Extension), o => o.MapFrom(r => r.ExtensionNewDueOn.HasValue ? r : null))
            .ForCtorParam(nameof(CaseDetailsDto.Decision), o => o.MapFrom(r => r.DecisionOutcome != null ? r : null))
            .ForCtorParam(nameof(CaseDetailsDto.Referral), o => o.MapFrom(r => r.ReferralSubmittedOn.HasValue ? r : null))
            .ForCtorParam(nameof(CaseDetailsDto.Closure), o => o.MapFrom(r => r.ClosedAt.HasValue ? r : null));

        CreateMap<CorrespondenceRow, CorrespondenceDto>()
            .ForMember(d => d.RecipientAddress, o => o.MapFrom(r => r.Channel == "Email" ? r.RecipientEmail : r.RecipientAddress))
            // Who sent it: the officer whose step wrote it (the system for the sweep's notices), once it went.
            .ForMember(d => d.SentBy, o => o.MapFrom(r => r.SentAt.HasValue ? r.CreatedBy : null));
    }
}

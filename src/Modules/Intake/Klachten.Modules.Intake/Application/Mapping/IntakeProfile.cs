using AutoMapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.GetCorrespondence;

namespace Klachten.Modules.Intake.Application.Mapping;

/// <summary>Intake's one profile: a correspondence row to the shared correspondence shape of the API.</summary>
internal sealed class IntakeProfile : Profile
{
    public IntakeProfile() =>
        CreateMap<CorrespondenceRow, CorrespondenceDto>()
            // Intake does not record who wrote a letter: the registration, the sweep or the acknowledging officer.
            .ForMember(d => d.CreatedBy, o => o.MapFrom(_ => (string?)null));
}

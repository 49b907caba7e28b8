from .helpline import Helpline, HelplineOpeningTime
from .pages import HomePage, HomePageFeature, StandardPage
from .site_settings import InformationSettings

__all__ = ["Helpline", "HelplineOpeningTime", "HomePage", "HomePageFeature", "InformationSettings", "StandardPage"]

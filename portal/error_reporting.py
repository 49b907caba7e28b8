"""Error reports never carry what people typed.

Django's default filter hides fields that look like passwords; ours hides
every submitted field and every local variable, because a story or an
application is health data whatever its field is called.
"""

from django.views.debug import SafeExceptionReporterFilter


class NoPersonalDataExceptionReporterFilter(SafeExceptionReporterFilter):
    def is_active(self, request):
        # Also in DEBUG: a developer's console can be shared or recorded.
        return True

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_traceback_frame_variables(self, request, tb_frame):
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]
